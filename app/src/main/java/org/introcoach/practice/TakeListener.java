package org.introcoach.practice;

/** Told about a take as it is recorded, on the take's own thread. */
public interface TakeListener {
    /**
     * @param level   loudness of the last chunk, 0 (silence, -60 dBFS or less) to 1 (full scale)
     * @param seconds recorded so far
     */
    void heard(double level, double seconds);

    /** The whole text recognised so far, each time it changes. */
    void text(String soFar);

    /** The sound source ended by itself: the microphone was lost ({@code problem}) or a file ran out. */
    void sourceEnded(String problem);

    /** A listener that only waits for the source to end (a file played into a take, a benchmark). */
    static TakeListener whenSourceEnds(Runnable ended) {
        return new TakeListener() {
            @Override
            public void heard(double level, double seconds) {
            }

            @Override
            public void text(String soFar) {
            }

            @Override
            public void sourceEnded(String problem) {
                ended.run();
            }
        };
    }
}
