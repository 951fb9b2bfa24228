/** Imported first by the benchmark, so every later `require('vscode')` gets the stub. */
import { installVscodeStub } from './vscodeStub';

installVscodeStub();
