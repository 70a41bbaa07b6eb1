/**
 * Collaboration around data assets: a chat feed on each dataset, table and folder (guide 4.1.9), which follows the
 * dataset module's {@link io.lakegate.dataset.DataAssetChanged} events, and notifications. Other modules send
 * notifications to the members of teams through {@link io.lakegate.collaboration.Notifications}; each member reads
 * theirs in the app and, when mail is configured, receives them by mail.
 */
package io.lakegate.collaboration;
