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

    /**
     * Runs the measure over a few seconds of a synthetic voice so that the JIT compiles its loops
     * before the first take: cold, a 90 s take takes several times longer than warm.
     */
    public static void warmUp() {
        short[] voice = new short[3 * PitchTracker.RATE];
        double phase = 0;
        for (int i = 0; i < voice.length; i++) {
            phase += 2 * Math.PI * (110 + 20 * Math.sin(i / 4000.0)) / PitchTracker.RATE;
            voice[i] = (short) (8000 * (Math.sin(phase) + 0.5 * Math.sin(2 * phase)) * (i / 8000 % 2));
        }
        ProsodyMeter meter = new ProsodyMeter();
        for (int round = 0; round < 5; round++) {
            meter.measure(voice);
        }
    }
}
