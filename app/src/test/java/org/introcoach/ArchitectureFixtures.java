package org.introcoach;

import java.util.ArrayList;
import java.util.List;

/** Classes that break the rules of ArchitectureTest on purpose, each in the package it must not be in. */
final class ArchitectureFixtures {
    private ArchitectureFixtures() {
    }

    static List<Class<?>> impureAnalysis() {
        try {
            Class<?> holder = Class.forName("org.introcoach.analysis.ImpureFixtures");
            List<Class<?>> found = new ArrayList<>();
            for (Class<?> nested : holder.getDeclaredClasses()) {
                found.add(nested);
            }
            return found;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Class<?>> classes() {
        List<Class<?>> all = new ArrayList<>(impureAnalysis());
        all.addAll(List.of(org.introcoach.resume.CircleFixture.class, org.introcoach.draft.CircleFixture.class,
                org.introcoach.ui.feedback.ScreenFixture.class, org.introcoach.ui.practice.ScreenFixture.class,
                org.introcoach.ui.MainViewFixture.class, named("org.introcoach.cli.OwnAnalyserFixture")));
        return all;
    }

    private static Class<?> named(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
