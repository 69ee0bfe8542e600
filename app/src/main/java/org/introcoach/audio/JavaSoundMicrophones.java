package org.introcoach.audio;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The sound input devices Java Sound offers, and opening one as a {@link SoundSource}. */
public final class JavaSoundMicrophones implements Microphones {

    /** Rates tried in order: 16 kHz needs no conversion, the others are what sound cards offer natively. */
    private static final float[] RATES = {16_000f, 48_000f, 44_100f};

    /**
     * Mixers that are the system default under another name: ALSA's "default [default]" (through
     * PulseAudio or PipeWire), Windows' "Primary Sound Capture Driver". "System default" stands for
     * them, so the list offers one default entry, not two.
     */
    private static final java.util.regex.Pattern DEFAULT_ALIAS = java.util.regex.Pattern.compile(
            "(?i)default(?: \\[default])?|primary sound capture driver");

    @Override
    public List<Device> list() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            if (formatFor(mixer) != null) {
                names.add(info.getName());
            }
        }
        return offered(names);
    }

    /** The devices to offer for mixers that can record, named {@code names}: the system default first, once. */
    static List<Device> offered(List<String> names) {
        List<Device> devices = new ArrayList<>();
        for (String name : names) {
            if (!DEFAULT_ALIAS.matcher(name.strip()).matches()) {
                devices.add(new Device(name, name));
            }
        }
        if (!names.isEmpty()) {
            devices.add(0, Device.SYSTEM_DEFAULT);
        }
        return devices;
    }

    @Override
    public SoundSource open(Device device) throws CaptureLostException {
        Mixer mixer = device.name().isEmpty() ? null : find(device);
        AudioFormat format = formatFor(mixer);
        if (format == null) {
            throw new CaptureLostException(device.name().isEmpty()
                    ? "No microphone was found. Connect one and try again, or import a recording instead."
                    : "The microphone '" + device.description() + "' cannot record 16-bit mono sound.");
        }
        try {
            DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, format);
            TargetDataLine line = (TargetDataLine) (mixer == null ? AudioSystem.getLine(wanted) : mixer.getLine(wanted));
            int tenthOfSecond = (int) (format.getSampleRate() / 10) * 2;
            line.open(format, tenthOfSecond * 4);
            line.start();
            return new MicrophoneSource(new JavaSoundLine(line), format.getSampleRate(), device.description());
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new CaptureLostException("The microphone '" + device.description()
                    + "' could not be opened; another program may be using it (" + e.getMessage() + ").", e);
        }
    }

    private static Mixer find(Device device) throws CaptureLostException {
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (info.getName().equals(device.name())) {
                return AudioSystem.getMixer(info);
            }
        }
        throw new CaptureLostException("The microphone '" + device.description() + "' is no longer connected.");
    }

    /** The first of {@link #RATES} the mixer (or, for null, the system default input) can record; null when none. */
    private static AudioFormat formatFor(Mixer mixer) {
        for (float rate : RATES) {
            AudioFormat format = monoPcm(rate);
            DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, format);
            if (mixer == null ? AudioSystem.isLineSupported(wanted) : mixer.isLineSupported(wanted)) {
                return format;
            }
        }
        return null;
    }

    private static AudioFormat monoPcm(float rate) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, 1, 2, rate, false);
    }

    private record JavaSoundLine(TargetDataLine line) implements MicrophoneSource.Line {
        @Override
        public int read(byte[] buffer, int offset, int length) {
            return line.read(buffer, offset, length);
        }

        @Override
        public void close() {
            line.stop();
            line.close();
        }
    }
}
