/** How problem messages name each kind of entry in the file. */
import * as l10n from '@vscode/l10n';

/** The kinds of entry job-search.yaml holds, as problem messages name them. */
export type Entity = 'file' | 'history' | 'contact' | 'interview' | 'followUp' | 'reflection' | 'application' | 'trainingItem' | 'training' | 'profile' | 'feedback' | 'person' | 'touch' | 'goals' | 'win' | 'story';

/** How problem messages name an entity, in the display language. */
export function entityNoun(entity: Entity): string {
  switch (entity) {
    case 'file':
      return l10n.t('the file');
    case 'history':
      return l10n.t('history entry');
    case 'contact':
      return l10n.t('contact');
    case 'interview':
      return l10n.t({ message: 'interview', comment: ['inside a sentence'] });
    case 'followUp':
      return l10n.t('follow-up');
    case 'reflection':
      return l10n.t('reflection');
    case 'application':
      return l10n.t('application');
    case 'trainingItem':
      return l10n.t('training item');
    case 'training':
      return l10n.t('training entry');
    case 'profile':
      return l10n.t('profile');
    case 'feedback':
      return l10n.t('feedback entry');
    case 'person':
      return l10n.t('person');
    case 'touch':
      return l10n.t('touch');
    case 'goals':
      return l10n.t('weekly goals');
    case 'win':
      return l10n.t('win');
    case 'story':
      return l10n.t('story');
  }
}
