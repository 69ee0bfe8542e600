package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MicrophoneSourceTest {
    /** A capture line that delivers {@code blocks} blocks of a constant, then behaves like an unplugged device. */
    private static MicrophoneSource.Line lineThatDies(int blocks, AtomicInteger reads) {
        return new MicrophoneSource.Line() {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (reads.incrementAndGet() > blocks) {
                    return 0;
                }
                for (int i = offset; i < offset + length; i += 2) {
                    buffer[i] = 0x00;
                    buffer[i + 1] = 0x10;
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void deviceThatStopsDeliveringIsReportedAsLostAfterWhatItGave() throws Exception {
        MicrophoneSource source = new MicrophoneSource(lineThatDies(3, new AtomicInteger()), 16_000, "USB mic", 200);
        short[] buffer = new short[1600];
        int delivered = 0;
        for (int i = 0; i < 3; i++) {
            delivered += source.read(buffer);
        }
        assertEquals(4800, delivered);
        assertEquals(0x1000, buffer[0]);
        CaptureLostException lost = assertThrows(CaptureLostException.class, () -> source.read(buffer));
        assertTrue(lost.getMessage().contains("'USB mic' stopped sending sound"), lost.getMessage());
    }

    @Test
    void closingEndsTheStreamInsteadOfReportingALostDevice() throws Exception {
        MicrophoneSource source = new MicrophoneSource(lineThatDies(0, new AtomicInteger()), 16_000, "mic", 60_000);
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            source.close();
        });
        closer.start();
        assertEquals(-1, source.read(new short[1600]));
        closer.join();
    }

    @Test
    void deviceAt48kHzIsDeliveredAt16kHz() throws Exception {
        MicrophoneSource source = new MicrophoneSource(lineThatDies(30, new AtomicInteger()), 48_000, "mic", 100);
        short[] buffer = new short[1600];
        long total = 0;
        try {
            while (true) {
                total += source.read(buffer);
            }
        } catch (CaptureLostException expectedAtTheEnd) {
            // 30 blocks of a tenth of a second at 48 kHz
        }
        assertTrue(Math.abs(total - 48_000) < 200, "3 s at 16 kHz is 48000 samples, got " + total);
    }
}
