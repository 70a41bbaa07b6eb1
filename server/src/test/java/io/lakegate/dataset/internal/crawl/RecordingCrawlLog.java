package io.lakegate.dataset.internal.crawl;

import java.util.ArrayList;
import java.util.List;

/** A crawl log that keeps every line, for assertions. */
class RecordingCrawlLog implements CrawlLog {

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void progress(int done, int total) {
        progress.add(done + "/" + total);
    }

    List<String> infos() {
        return infos;
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> errors() {
        return errors;
    }

    /** Each progress report as {@code done/total}. */
    List<String> progress() {
        return progress;
    }
}
