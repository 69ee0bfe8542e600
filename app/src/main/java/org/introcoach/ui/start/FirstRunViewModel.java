package org.introcoach.ui.start;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The short guided path offered on the very first start: open your resume (or keep the sample),
 * check what was understood, pick a template, practise. Every step can be skipped, and the guide
 * dismissed; it is not offered again once settings exist.
 */
public final class FirstRunViewModel {
    /** Where the guide stands; {@link #HIDDEN} when it is not shown. */
    public enum Step { HIDDEN, RESUME, CHECK, TEMPLATE, PRACTISE }

    /** What the guide's steps do in the main window. */
    public interface Actions {
        void openResume();

        void showResume();

        void showDraft();

        void showPractice();
    }

    private final Actions actions;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.HIDDEN);

    public FirstRunViewModel(Actions actions) {
        this.actions = actions;
    }

    /** Called once the data folder is open: offers the guide when this is the first start. */
    public void offer(boolean firstStart) {
        if (firstStart) {
            step.set(Step.RESUME);
        }
    }

    public void openResume() {
        actions.openResume();
    }

    /** A resume was opened (through the guide or otherwise): next, check what was understood. */
    public void resumeOpened() {
        if (step.get() == Step.RESUME) {
            step.set(Step.CHECK);
        }
    }

    public void keepSample() {
        step.set(Step.CHECK);
    }

    public void checkResume() {
        actions.showResume();
        step.set(Step.TEMPLATE);
    }

    public void pickTemplate() {
        actions.showDraft();
        step.set(Step.PRACTISE);
    }

    /** The last step: the Practice screen, where Space starts a take; the guide is done. */
    public void practise() {
        actions.showPractice();
        step.set(Step.HIDDEN);
    }

    public void skip() {
        step.set(Step.HIDDEN);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }
}
