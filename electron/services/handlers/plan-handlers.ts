// The rest of the province's plan (Plan 447 §IV.1) over the contract: survey visits, conference
// speakers, commendations. Files go to the folder the host chooses, never one the page names.
import type { ServiceContext } from '../context';
import { addCommendation, commendationsView, editCommendation, resetCommendation } from '../province/plan/commendations';
import { exportCommendations, exportSpeakers, exportSurveyReport } from '../province/plan/plan-documents';
import { chooseSpeaker, quoteSpeakers, setSpeakerCriteria, speakersView, unchooseSpeaker } from '../province/plan/speakers';
import { deleteSurveyFinding, deleteSurveyVisit, listSurveyVisits, quoteSurveyFinding, saveSurveyFinding, saveSurveyVisit } from '../province/plan/survey';
import { chooseFolder } from './choose-folder';
import type { HandlerPart } from './types';

export type PlanMethods =
  | 'listSurveyVisits'
  | 'saveSurveyVisit'
  | 'deleteSurveyVisit'
  | 'saveSurveyFinding'
  | 'deleteSurveyFinding'
  | 'quoteSurveyFinding'
  | 'exportSurveyReport'
  | 'getSpeakers'
  | 'setSpeakerCriteria'
  | 'chooseSpeaker'
  | 'unchooseSpeaker'
  | 'quoteSpeakers'
  | 'exportSpeakers'
  | 'getCommendations'
  | 'editCommendation'
  | 'addCommendation'
  | 'resetCommendation'
  | 'exportCommendations';

export const planHandlers = (ctx: ServiceContext): HandlerPart<PlanMethods> => ({
  listSurveyVisits: () => listSurveyVisits(ctx),
  saveSurveyVisit: (input) => saveSurveyVisit(ctx, input),
  deleteSurveyVisit: ({ id }) => deleteSurveyVisit(ctx, id),
  saveSurveyFinding: (input) => saveSurveyFinding(ctx, input),
  deleteSurveyFinding: ({ id }) => deleteSurveyFinding(ctx, id),
  quoteSurveyFinding: ({ findingId, fieldKey }) => quoteSurveyFinding(ctx, findingId, fieldKey),
  exportSurveyReport: async () => exportSurveyReport(ctx, await chooseFolder(ctx, 'tệp xuất')),
  getSpeakers: ({ basis }) => speakersView(ctx, basis),
  setSpeakerCriteria: ({ basis, criteria }) => setSpeakerCriteria(ctx, basis, criteria),
  chooseSpeaker: ({ basis, unitCode, reason }) => chooseSpeaker(ctx, basis, unitCode, reason),
  unchooseSpeaker: ({ basis, unitCode }) => unchooseSpeaker(ctx, basis, unitCode),
  quoteSpeakers: ({ basis, fieldKey }) => quoteSpeakers(ctx, basis, fieldKey),
  exportSpeakers: async ({ basis }) => exportSpeakers(ctx, await chooseFolder(ctx, 'tệp xuất'), basis),
  getCommendations: ({ basis }) => commendationsView(ctx, basis),
  editCommendation: ({ basis, key, row, excluded }) => editCommendation(ctx, basis, key, row, excluded),
  addCommendation: ({ basis, row }) => addCommendation(ctx, basis, row),
  resetCommendation: ({ basis, key }) => resetCommendation(ctx, basis, key),
  exportCommendations: async ({ basis }) => exportCommendations(ctx, await chooseFolder(ctx, 'tệp xuất'), basis),
});
