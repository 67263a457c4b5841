/** The <html> attribute through which page-bridge.iife.ts hands GLOBALS' account data to the content script. */
export const BRIDGE_ATTRIBUTE = 'data-followthrough-account';
