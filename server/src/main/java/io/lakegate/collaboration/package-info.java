/**
 * Collaboration around data assets: a chat feed on each dataset, table and folder (guide 4.1.9). Nothing here is
 * for other modules; the feeds follow the dataset module's {@link io.lakegate.dataset.DataAssetChanged} events.
 */
package io.lakegate.collaboration;
