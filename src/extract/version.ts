/**
 * Part of every article digest: bump it when extraction output changes so that cached
 * extractions are redone. (The site loader also hashes the extractor's sources.)
 */
export const EXTRACTOR_VERSION = '0.1.0';
