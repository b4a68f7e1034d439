// The only bridge between the page and the services: one named function per contract method, each an
// ipcRenderer.invoke on its own channel. No ipcRenderer, no Node, nothing else reaches the page.
// `satisfies BridgeApi` makes a missing, extra or mistyped method a compile error.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, DATA_CHANGED_CHANNEL, EVENTS_GLOBAL, IPC_PREFIX, type BridgeApi, type BridgeEvents } from '../../shared/api/bridge';
import type { ApiResult, InputOf, MethodName, OutputOf } from '../../shared/api/contract';

const call =
  <M extends MethodName>(method: M) =>
  (input: InputOf<M>): Promise<ApiResult<OutputOf<M>>> =>
    ipcRenderer.invoke(`${IPC_PREFIX}${method}`, input ?? {}) as Promise<ApiResult<OutputOf<M>>>;

const api = {
  getProfile: call('getProfile'),
  saveProfile: call('saveProfile'),
  listLevels: call('listLevels'),
  listUnits: call('listUnits'),
  addUnit: call('addUnit'),
  updateUnit: call('updateUnit'),
  getCampaign: call('getCampaign'),
  getDraft: call('getDraft'),
  saveField: call('saveField'),
  saveExplanation: call('saveExplanation'),
  exportDraftFile: call('exportDraftFile'),
  loadDraft: call('loadDraft'),
  checkDraft: call('checkDraft'),
  getSigningKey: call('getSigningKey'),
  exportPackage: call('exportPackage'),
  listExports: call('listExports'),
  getMode: call('getMode'),
  getTracker: call('getTracker'),
  listHeld: call('listHeld'),
  importUploads: call('importUploads'),
  listKeys: call('listKeys'),
  registerKey: call('registerKey'),
  confirmKey: call('confirmKey'),
  refuseKey: call('refuseKey'),
  listAnnouncedKeys: call('listAnnouncedKeys'),
  confirmAnnouncedKey: call('confirmAnnouncedKey'),
  revokeKey: call('revokeKey'),
  issueReceipt: call('issueReceipt'),
  getReceiptStatus: call('getReceiptStatus'),
  createBackup: call('createBackup'),
  listBackups: call('listBackups'),
  restoreBackup: call('restoreBackup'),
  restoreUploadedBackup: call('restoreUploadedBackup'),
  createMoveBackup: call('createMoveBackup'),
  adoptSigningKey: call('adoptSigningKey'),
  replaceSigningKey: call('replaceSigningKey'),
  announceNewKey: call('announceNewKey'),
  startRevision: call('startRevision'),
  openExportFolder: call('openExportFolder'),
  exportPublicKey: call('exportPublicKey'),
  exportTracker: call('exportTracker'),
  getAggregate: call('getAggregate'),
  getCompilation: call('getCompilation'),
  fillProvinceDraft: call('fillProvinceDraft'),
  insertPassage: call('insertPassage'),
  previewProvinceReport: call('previewProvinceReport'),
  exportProvinceReport: call('exportProvinceReport'),
  listCampaigns: call('listCampaigns'),
  useCampaign: call('useCampaign'),
  previewCampaignFile: call('previewCampaignFile'),
  setupFromCampaign: call('setupFromCampaign'),
  listDirectory: call('listDirectory'),
  renameUnit: call('renameUnit'),
  retireUnit: call('retireUnit'),
  exportDirectory: call('exportDirectory'),
  importDirectory: call('importDirectory'),
  deskOverview: call('deskOverview'),
  startDeskDraft: call('startDeskDraft'),
  getDeskDraft: call('getDeskDraft'),
  saveDeskDraft: call('saveDeskDraft'),
  deleteDeskDraft: call('deleteDeskDraft'),
  downloadDeskWorkbook: call('downloadDeskWorkbook'),
  uploadDeskWorkbook: call('uploadDeskWorkbook'),
  compareDeskDraft: call('compareDeskDraft'),
  issueDeskDraft: call('issueDeskDraft'),
  openReceived: call('openReceived'),
  compareRevisions: call('compareRevisions'),
  savePackageFile: call('savePackageFile'),
  decideReceived: call('decideReceived'),
  getReceivingHome: call('getReceivingHome'),
  listSurveyVisits: call('listSurveyVisits'),
  saveSurveyVisit: call('saveSurveyVisit'),
  deleteSurveyVisit: call('deleteSurveyVisit'),
  saveSurveyFinding: call('saveSurveyFinding'),
  deleteSurveyFinding: call('deleteSurveyFinding'),
  quoteSurveyFinding: call('quoteSurveyFinding'),
  exportSurveyReport: call('exportSurveyReport'),
  getSpeakers: call('getSpeakers'),
  setSpeakerCriteria: call('setSpeakerCriteria'),
  chooseSpeaker: call('chooseSpeaker'),
  unchooseSpeaker: call('unchooseSpeaker'),
  quoteSpeakers: call('quoteSpeakers'),
  exportSpeakers: call('exportSpeakers'),
  getCommendations: call('getCommendations'),
  editCommendation: call('editCommendation'),
  addCommendation: call('addCommendation'),
  resetCommendation: call('resetCommendation'),
  exportCommendations: call('exportCommendations'),
  listAttachments: call('listAttachments'),
  addAttachment: call('addAttachment'),
  removeAttachment: call('removeAttachment'),
  listReceivedAttachments: call('listReceivedAttachments'),
  readReceivedAttachment: call('readReceivedAttachment'),
  saveReceivedAttachment: call('saveReceivedAttachment'),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);

// Only the fact of a change crosses, never the event object (which would carry the sender).
const events = {
  onDataChanged(listener: () => void) {
    const relay = () => listener();
    ipcRenderer.on(DATA_CHANGED_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(DATA_CHANGED_CHANNEL, relay);
  },
} satisfies BridgeEvents;

contextBridge.exposeInMainWorld(EVENTS_GLOBAL, events);
