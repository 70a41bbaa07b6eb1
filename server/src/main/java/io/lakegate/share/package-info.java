/**
 * Share requests: a team (or one of its consumption principals) asks a dataset's owners for read access to
 * tables, folders or the whole dataset; approval grants it through {@code access} at once, revoking removes it
 * (ARCHITECTURE §6: both state machines, processing with logs, verify and re-apply). Nothing here is for other
 * modules.
 */
package io.lakegate.share;
