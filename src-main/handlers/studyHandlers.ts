import type { Handlers } from '../common/api/callMap'
import type { StudyApi } from '../common/api/studyApi'
import type { StudyService } from '../services/studyService'

/** study.* calls. */
export function createStudyHandlers(study: StudyService): Handlers<StudyApi> {
  return {
    'study.createCards': (annotationIds, kind) => study.createCards(annotationIds, kind),
    'study.previewCards': (annotationIds, kind, grouping) => study.preview(annotationIds, kind, grouping),
    'study.createFromProposals': (proposals) => study.createFromProposals(proposals),
    'study.due': () => study.due(),
    'study.next': () => study.next(),
    'study.answer': (cardId, rating) => study.answer(cardId, rating),
    'study.undoAnswer': () => study.undoAnswer(),
    'study.cardsForAnnotation': (annotationId) => study.cardsForAnnotation(annotationId),
    'study.refreshCard': (cardId) => study.refreshCard(cardId),
    'study.keepCardText': (cardId) => study.keepCardText(cardId),
    'study.retireCards': (cardIds) => study.retireCards(cardIds),
    'study.deleteCards': (cardIds) => study.deleteCards(cardIds),
    'study.progress': (utcOffsetMinutes) => study.progress(utcOffsetMinutes ?? 0),
    'study.getSettings': () => study.settings(),
    'study.updateSettings': (settings) => study.updateSettings(settings),
    'study.exportAnki': () => study.exportAnki(),
  }
}
