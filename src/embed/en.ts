/** English UI strings of the embeds (namespace `embed`): the source the translations are checked against (a leaf module). The rest of an embed's text comes from the inspector, conversation and speech namespaces. */
export const EN = {
  region: 'Polyvox assistant, {language}',
  send: 'Send',
  offlineNote: 'Runs in this page: nothing you type or say leaves your device.',
  modelMissing: 'The assistant’s model was not found at {url}. Check the element’s model attribute, or that the Polyvox folder is served whole.',
} as const;
