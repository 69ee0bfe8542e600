package org.introcoach.audio;

import java.util.List;

/** The microphones a take can be recorded from. */
public interface Microphones {
    /** An input device; the empty name is the system's default input. */
    record Device(String name, String description) {
        public static final Device SYSTEM_DEFAULT = new Device("", "System default");

        @Override
        public String toString() {
            return description;
        }
    }

    /** The input devices present now, the system default first; empty when there are none. */
    List<Device> list();

    /**
     * Opens a device for recording. The result delivers 16 kHz mono audio whatever the device's own rate.
     *
     * @throws CaptureLostException when there is no such device, it offers no usable format, or it is busy
     */
    SoundSource open(Device device) throws CaptureLostException;
}
