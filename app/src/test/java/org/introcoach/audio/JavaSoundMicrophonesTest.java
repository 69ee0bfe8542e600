package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSoundMicrophonesTest {
    @Test
    void theSystemDefaultIsOfferedOnceWhateverTheSoundSystemCallsIt() {
        assertEquals(List.of(Microphones.Device.SYSTEM_DEFAULT, new Microphones.Device("USB Audio [plughw:1,0]", "USB Audio [plughw:1,0]")),
                JavaSoundMicrophones.offered(List.of("default [default]", "USB Audio [plughw:1,0]")));
        assertEquals(List.of(Microphones.Device.SYSTEM_DEFAULT),
                JavaSoundMicrophones.offered(List.of("Primary Sound Capture Driver")));
    }

    @Test
    void noMixerThatCanRecordMeansNoMicrophone() {
        assertEquals(List.of(), JavaSoundMicrophones.offered(List.of()));
    }
}
