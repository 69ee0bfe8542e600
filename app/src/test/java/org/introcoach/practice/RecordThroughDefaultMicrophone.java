package org.introcoach.practice;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.JavaSoundMicrophones;
import org.introcoach.audio.Microphones;
import org.introcoach.history.AttemptStore;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.VoskTranscriber;

/**
 * Run in a JVM of its own by {@link RealMicrophoneTest} (Java Sound reads the sound server's
 * address when it starts): records a take from the system's default microphone for the given
 * seconds and prints the devices seen, the first second of sound, and the transcript.
 * Arguments: vosk-model-dir resume data-dir seconds [recording-to-play from-seconds]: with the last
 * two, the app's own {@link org.introcoach.audio.Playback} plays that recording from that second
 * to the default output while the take is recorded.
 */
public final class RecordThroughDefaultMicrophone {
    private RecordThroughDefaultMicrophone() {
    }

    public static void main(String[] args) throws Exception {
        JavaSoundMicrophones microphones = new JavaSoundMicrophones();
        System.out.println("devices: " + microphones.list());
        double seconds = Double.parseDouble(args[3]);
        try (SpeechModel model = SpeechModel.load(Path.of(args[0]))) {
            Coach coach = new Coach(new VoskTranscriber(model, new AudioDecoder()),
                    Judge.load(),
                    new AttemptStore(Path.of(args[2]), Clock.systemUTC()), new AudioDecoder(), Clock.systemUTC());
            CountDownLatch done = new CountDownLatch(1);
            double[] loudest = new double[1];
            Take take = coach.startTake(microphones.open(Microphones.Device.SYSTEM_DEFAULT),
                    Judging.resumeOnly(new ResumeReader().read(Path.of(args[1]))), new TakeListener() {
                        @Override
                        public void heard(double level, double at) {
                            loudest[0] = Math.max(loudest[0], level);
                            if (at >= seconds) {
                                done.countDown();
                            }
                        }

                        @Override
                        public void text(String soFar) {
                        }

                        @Override
                        public void sourceEnded(String problem) {
                            System.out.println("ended: " + problem);
                            done.countDown();
                        }
                    });
            System.out.println("recording");
            org.introcoach.audio.Playback playback = new org.introcoach.audio.Playback(new AudioDecoder());
            if (args.length > 5) {
                playback.play(Path.of(args[4]), Double.parseDouble(args[5]));
            }
            done.await(Math.round(seconds) + 30, TimeUnit.SECONDS);
            Feedback feedback = take.stop();
            playback.close();
            System.out.println("loudest: " + loudest[0]);
            System.out.println("seconds: " + feedback.attempt().durationSeconds());
            System.out.println("text: " + feedback.report().transcript().text());
        }
    }
}
