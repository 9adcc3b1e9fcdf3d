package org.crosscheck.batch;

import java.nio.file.Path;

/**
 * One story folder of a batch.
 *
 * @param name         the folder's path below the batch root, with '/' separators: how reports and the summary name it
 * @param folder       the folder itself, as the reader is given it
 * @param articleFiles files with an article extension below it (before reading: an estimate for progress and scheduling)
 * @param bytes        their total size, same purpose
 */
public record Story(String name, Path folder, int articleFiles, long bytes) {}
