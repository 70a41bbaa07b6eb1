package io.lakegate.dataset.internal;

import io.lakegate.dataset.internal.crawl.CrawlLog;

/** A job's log and progress, written as they come so that whoever follows the job sees them at once. */
record JobLog(JobRepository jobs, String jobUri) implements CrawlLog {

    @Override
    public void info(String message) {
        jobs.log(jobUri, "INFO", message);
    }

    @Override
    public void warn(String message) {
        jobs.log(jobUri, "WARN", message);
    }

    @Override
    public void error(String message) {
        jobs.log(jobUri, "ERROR", message);
    }

    @Override
    public void progress(int done, int total) {
        jobs.progress(jobUri, total == 0 ? 100 : done * 100 / total);
    }

    void percent(int percent) {
        jobs.progress(jobUri, percent);
    }
}
