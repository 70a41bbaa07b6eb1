package io.lakegate.dataset.internal;

/** How confidential a dataset's data is (guide 4.1.2). */
enum Confidentiality {
    UNCLASSIFIED, OFFICIAL, SECRET
}
