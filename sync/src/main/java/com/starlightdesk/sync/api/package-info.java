/**
 * The sync surface the desktop app uses, and nothing else of sync: {@link com.starlightdesk.sync.api.PracticeJoin}
 * brings an existing practice onto a new PC (connect, create the encrypted store, first download with
 * progress), and {@link com.starlightdesk.sync.api.PracticeSync} keeps an open store in step with its
 * server (background sync, status, sync now, the conflict inbox); {@link com.starlightdesk.sync.api.SyncFailure}
 * tells a failed sync in words, with an exit code for the command line. Knows nothing of JavaFX; status
 * listeners are called on the sync thread. Messages never carry a patient's data or a secret.
 */
package com.starlightdesk.sync.api;
