package org.introcoach.ui;

import org.introcoach.ui.common.FileDrop;
import org.introcoach.ui.common.Notice;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.introcoach.about.AppVersion;
import org.introcoach.draft.DraftLibrary;
import org.introcoach.ui.common.FileChoice;
import org.introcoach.ui.look.Look;
import org.introcoach.ui.look.ThemeChoice;
import org.introcoach.practice.Workspace;
import org.introcoach.ui.draft.DraftView;
import org.introcoach.ui.resume.ResumeView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.introcoach.ui.attempts.AttemptsView;
import org.introcoach.ui.progress.ProgressView;
import org.introcoach.ui.feedback.FeedbackView;
import org.introcoach.ui.job.JobView;
import org.introcoach.ui.practice.PracticeView;

/** The main window: toolbar, practice panel, feedback, takes, and the notice bar. */
public final class MainView {
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN_RESUME = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] SCREEN_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Look look;

    public MainView(MainViewModel viewModel) {
        this(viewModel, Look.ofThisComputer());
    }

    public MainView(MainViewModel viewModel, Look look) {
        this.viewModel = viewModel;
        this.look = look;
    }

    public Scene scene(double width, double height) {
        look.apply(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, before, now) -> look.apply(now));
        Scene scene = new Scene(root(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("introcoach.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        scene.getAccelerators().put(IMPORT, () -> fire(scene, "#import"));
        scene.getAccelerators().put(OPEN_RESUME, () -> fire(scene, "#openResume"));
        MainViewModel.Screen[] screens = MainViewModel.Screen.values();
        for (int i = 0; i < screens.length; i++) {
            MainViewModel.Screen screen = screens[i];
            scene.getAccelerators().put(new KeyCodeCombination(SCREEN_KEYS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.screenProperty().set(screen));
        }
        scene.getAccelerators().put(UNDO, () -> {
            Notice notice = viewModel.noticeProperty().get();
            if (notice != null && notice.action().filter(action -> action.label().equals("Undo")).isPresent()) {
                fire(scene, "#noticeAction");
            }
        });
        return scene;
    }

    private Parent root() {
        JobView job = new JobView(viewModel.job());
        BorderPane root = new BorderPane();
        root.setId("main");
        root.setTop(new javafx.scene.layout.VBox(menus(), toolbar(job.toolbarItem()),
                new org.introcoach.ui.start.FirstRunGuide(viewModel.firstRun()).build()));
        SplitPane center = new SplitPane(new PracticeView(viewModel.practice()).build(),
                new FeedbackView(viewModel.feedback()).withTab("Job", "jobPostingTab", job.build()).build(),
                new AttemptsView(viewModel.attempts()).build());
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.22, 0.82);
        Tab practice = new Tab("Practice", center);
        practice.setId("practiceTab");
        Tab draftTab = new Tab("Draft", new DraftView(viewModel.draft()).build());
        draftTab.setId("draftTab");
        Tab resumeTab = new Tab("Resume", new ResumeView(viewModel.resume()).build());
        resumeTab.setId("resumeTab");
        Tab progress = new Tab("Progress", new ProgressView(viewModel.progress()).build());
        progress.setId("progressTab");
        Tab answersTab = new Tab("Answers", new org.introcoach.ui.answer.AnswerView(viewModel.answers()).build());
        answersTab.setId("answersTab");
        TabPane screens = new TabPane(practice, draftTab, resumeTab, progress, answersTab);
        java.util.Map<MainViewModel.Screen, Tab> tabs = java.util.Map.of(MainViewModel.Screen.PRACTICE, practice,
                MainViewModel.Screen.DRAFT, draftTab, MainViewModel.Screen.RESUME, resumeTab, MainViewModel.Screen.PROGRESS, progress,
                MainViewModel.Screen.ANSWERS, answersTab);
        screens.setId("screens");
        screens.getStyleClass().add("main-tabs");
        screens.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        screens.getSelectionModel().selectedItemProperty().addListener((observable, before, tab) -> tabs.forEach((screen, shown) -> {
            if (shown == tab) {
                viewModel.screenProperty().set(screen);
            }
        }));
        viewModel.screenProperty().addListener((observable, before, now) -> screens.getSelectionModel().select(tabs.get(now)));
        root.setCenter(screens);
        root.setBottom(noticeBar());
        FileDrop.onto(root, file -> viewModel.practice().importRecording(file));
        return root;
    }

    /** View (the look: follow the system, light or dark) and Help (About). */
    private MenuBar menus() {
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("theme-" + choice.setting());
            item.setToggleGroup(themes);
            item.setSelected(viewModel.themeProperty().get() == choice);
            item.setOnAction(event -> viewModel.chooseTheme(choice));
            theme.getItems().add(item);
        }
        viewModel.themeProperty().addListener((observable, before, now) -> themes.getToggles().forEach(toggle ->
                toggle.setSelected(((RadioMenuItem) toggle).getId().equals("theme-" + now.setting()))));
        Menu view = new Menu("_View", null, theme);
        view.setId("viewMenu");
        MenuItem about = new MenuItem("_About IntroCoach");
        about.setId("about");
        Menu help = new Menu("_Help", null, about);
        help.setId("helpMenu");
        MenuBar bar = new MenuBar(view, help);
        bar.setId("menus");
        about.setOnAction(event -> showAbout(bar));
        return bar;
    }

    private static void showAbout(Node owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, """
                Offline coach for the spoken self-introduction of a job interview.
                Nothing leaves your computer.

                Licensed under the Apache License 2.0.""", ButtonType.OK);
        alert.setTitle("About IntroCoach");
        alert.setHeaderText(AppVersion.line());
        alert.getDialogPane().setId("aboutDialog");
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            alert.initOwner(owner.getScene().getWindow());
            // the app's styles, for the focus ring on the dialog's buttons
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.show();
    }

    private ToolBar toolbar(Node job) {
        Label app = new Label("IntroCoach");
        app.getStyleClass().add("app-name");
        Label resumeCaption = new Label("Judged against");
        resumeCaption.getStyleClass().add("muted");
        Label resume = new Label();
        resume.setId("resumeName");
        resume.getStyleClass().add("strong");
        resume.textProperty().bind(viewModel.resumeNameProperty().concat("'s resume"));
        Button openResume = new Button("_Open resume…");
        openResume.setId("openResume");
        openResume.setOnAction(event -> chooseResume(openResume));
        viewModel.resumeChooser(() -> chooseResume(openResume));
        Label draftCaption = new Label("_Draft");
        draftCaption.getStyleClass().add("muted");
        // The combo box keeps its own copy of the list: it clears its selection when its items change, so the
        // current draft is selected again only after the copy has been updated (else a new draft shows blank).
        ComboBox<DraftLibrary.Stored> draft = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(viewModel.work().drafts()));
        draft.setId("currentDraft");
        draft.setButtonCell(new DraftCell());
        draft.setCellFactory(list -> new DraftCell());
        draft.setPrefWidth(240);
        Runnable showCurrent = () -> {
            Workspace.Current current = viewModel.work().currentProperty().get();
            if (current == null) {
                return;
            }
            draft.getItems().stream().filter(stored -> stored.file().equals(current.draftFile())).findFirst()
                    .ifPresentOrElse(stored -> {
                        if (draft.getValue() != stored) {
                            draft.setValue(stored);
                        }
                    }, () -> draft.setValue(null));
            draft.setPromptText(current.draft().name());
        };
        viewModel.work().currentProperty().addListener((observable, before, now) -> showCurrent.run());
        viewModel.work().drafts().addListener((javafx.collections.ListChangeListener<DraftLibrary.Stored>) change -> {
            draft.getItems().setAll(viewModel.work().drafts());
            showCurrent.run();
        });
        draft.setOnAction(event -> {
            DraftLibrary.Stored chosen = draft.getValue();
            if (chosen != null) {
                viewModel.work().useDraft(chosen.file());
            }
        });
        draftCaption.setLabelFor(draft);
        draftCaption.setMnemonicParsing(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label shortcuts = new Label("Space record · Ctrl+I import · Ctrl+1–5 screens");
        shortcuts.getStyleClass().add("muted");
        shortcuts.setTooltip(new javafx.scene.control.Tooltip("""
                Space: start or stop recording
                Ctrl+I: import a recording
                Ctrl+O: open a resume
                Ctrl+Z: undo a deletion
                Ctrl+1 to Ctrl+5: Practice, Draft, Resume, Progress, Answers
                Delete: delete the selected take"""));
        return new ToolBar(app, new Separator(Orientation.VERTICAL), resumeCaption, resume, openResume,
                new Separator(Orientation.VERTICAL), draftCaption, draft, new Separator(Orientation.VERTICAL), job, spacer, shortcuts);
    }

    private HBox noticeBar() {
        Label text = new Label();
        text.setId("noticeText");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button action = new Button();
        action.setId("noticeAction");
        Button close = new Button("✕");
        close.setId("noticeClose");
        close.setAccessibleText("Dismiss");
        close.setOnAction(event -> viewModel.dismissNotice());
        HBox bar = new HBox(10, text, action, close);
        bar.setId("notice");
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        viewModel.noticeProperty().addListener((observable, before, notice) -> {
            bar.setVisible(notice != null);
            if (notice == null) {
                return;
            }
            text.setText(notice.text());
            bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), notice.error());
            action.setVisible(notice.action().isPresent());
            action.setManaged(notice.action().isPresent());
            notice.action().ifPresent(chosen -> {
                action.setText(chosen.label());
                action.setOnAction(event -> {
                    viewModel.dismissNotice();
                    chosen.run().run();
                });
            });
            if (notice.error()) {
                showErrorDialog(bar, notice.text());
            }
        });
        return bar;
    }

    private static void showErrorDialog(HBox owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle("IntroCoach");
        alert.setHeaderText(null);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            alert.initOwner(owner.getScene().getWindow());
            // the app's styles, for the focus ring on the dialog's buttons
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    private void shortcuts(KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl;
        boolean practising = viewModel.screenProperty().get() == MainViewModel.Screen.PRACTICE;
        // Space records from anywhere on the Practice screen, the microphone list included (focus stays
        // there after choosing one); only an open list keeps Space for choosing in it.
        boolean choosing = event.getTarget() instanceof ComboBox<?> list && list.isShowing()
                || event.getTarget() instanceof Button button && button.getStyleClass().contains("guide-step");
        if (event.getCode() == KeyCode.SPACE && practising && !typing && !choosing && !isWord(event.getTarget())) {
            viewModel.practice().toggleRecording();
            event.consume();
        }
    }

    private static void fire(Scene scene, String id) {
        if (scene.lookup(id) instanceof Button button && !button.isDisabled()) {
            button.fire();
        }
    }

    private static boolean isWord(Object target) {
        return target instanceof javafx.scene.Node node && node.getUserData() instanceof org.introcoach.speech.Word;
    }

    private void chooseResume(javafx.scene.Node owner) {
        FileChoice.open(owner, "Open your resume", FileChoice.Kind.RESUME).ifPresent(viewModel::openResume);
    }

    private static final class DraftCell extends ListCell<DraftLibrary.Stored> {
        @Override
        protected void updateItem(DraftLibrary.Stored stored, boolean empty) {
            super.updateItem(stored, empty);
            setText(empty || stored == null ? null : stored.draft().name());
        }
    }
}
