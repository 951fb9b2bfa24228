// The smallest useful extension: one command, registered on activation. Its activation time is the baseline.
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('activationReference.hello', () => vscode.window.showInformationMessage('Hello')));
};
