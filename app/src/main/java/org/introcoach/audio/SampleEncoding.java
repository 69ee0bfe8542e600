package org.introcoach.audio;

/** How one sample is stored in a PCM byte stream. */
enum SampleEncoding {
    SIGNED_INT, UNSIGNED_INT, FLOAT, A_LAW, MU_LAW
}
