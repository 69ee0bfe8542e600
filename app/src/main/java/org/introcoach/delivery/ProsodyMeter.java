package org.introcoach.delivery;

/**
 * Measures how a take sounded from its 16 kHz mono PCM: the pitch track, the level and the held
 * vowels. Pure computation, no I/O; a 90 s take takes a few tens of milliseconds (see {@code bench}).
 */
public final class ProsodyMeter {
    private final PitchTracker pitch = new PitchTracker();
    private final HeldVowelFinder heldVowels = new HeldVowelFinder();

    public Prosody measure(short[] pcm, int length) {
        double[] f0 = pitch.track(pcm, length);
        float[] x = PitchTracker.toFloat(pcm, length);
        return new Prosody(f0, Loudness.track(x, f0.length), heldVowels.find(x, f0));
    }

    public Prosody measure(short[] pcm) {
        return measure(pcm, pcm.length);
    }
}
