package org.introcoach.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.CaptureLostException;
import org.introcoach.audio.FileSoundSource;
import org.introcoach.audio.Microphones;
import org.introcoach.audio.SoundSource;

/** Microphones for UI tests: none at all, a busy one, or one that "hears" a sample recording. */
final class FakeMicrophones implements Microphones {
    private final List<Device> devices;
    private final Path speech;
    private final double cutAfterSeconds;
    private final boolean realTime;

    private FakeMicrophones(List<Device> devices, Path speech, double cutAfterSeconds) {
        this(devices, speech, cutAfterSeconds, false);
    }

    private FakeMicrophones(List<Device> devices, Path speech, double cutAfterSeconds, boolean realTime) {
        this.devices = new CopyOnWriteArrayList<>(devices);
        this.speech = speech;
        this.cutAfterSeconds = cutAfterSeconds;
        this.realTime = realTime;
    }

    /** A microphone that hears {@code speech} at the pace it was spoken, so a take lasts until it is stopped or the speech ends. */
    static FakeMicrophones speakingInRealTime(Path speech) {
        return new FakeMicrophones(List.of(Device.SYSTEM_DEFAULT, new Device("Headset", "Headset")), speech, 0, true);
    }

    /** A microphone plugged in while the app runs: {@link #list()} offers it from now on. */
    void plugIn(Device device) {
        devices.add(device);
    }

    static FakeMicrophones none() {
        return new FakeMicrophones(List.of(), null, 0);
    }

    static FakeMicrophones busy() {
        return new FakeMicrophones(List.of(new Device("Headset", "Headset")), null, 0);
    }

    /** A microphone that hears {@code speech} and, if {@code cutAfterSeconds} > 0, is unplugged after that long. */
    static FakeMicrophones hearing(Path speech, double cutAfterSeconds) {
        return new FakeMicrophones(List.of(Device.SYSTEM_DEFAULT, new Device("Headset", "Headset")), speech, cutAfterSeconds);
    }

    @Override
    public List<Device> list() {
        return List.copyOf(devices);
    }

    @Override
    public SoundSource open(Device device) throws CaptureLostException {
        if (speech == null) {
            throw new CaptureLostException("The microphone '" + device.description()
                    + "' could not be opened; another program may be using it.");
        }
        try {
            FileSoundSource file = new FileSoundSource(new AudioDecoder().open(speech), realTime);
            return new SoundSource() {
                long delivered;

                @Override
                public int read(short[] buffer) throws IOException {
                    if (cutAfterSeconds > 0 && delivered >= cutAfterSeconds * AudioDecoder.TARGET_RATE) {
                        throw new CaptureLostException("The microphone '" + device.description()
                                + "' stopped sending sound; it may have been unplugged. What was recorded so far is kept.");
                    }
                    int count = file.read(buffer);
                    delivered += Math.max(0, count);
                    return count;
                }

                @Override
                public String name() {
                    return device.description();
                }

                @Override
                public void close() {
                    file.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
