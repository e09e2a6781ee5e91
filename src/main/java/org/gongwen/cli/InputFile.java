package org.gongwen.cli;

import org.gongwen.model.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file named on the command line, refusing what is not a readable, bounded file. */
final class InputFile {
    /** Larger inputs are refused before they are read; the importers apply their own limits after. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private InputFile() {}

    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException("not-a-file", "“" + file + "”是目录，请给出文件",
                        file + " is a directory, give a file", 400, null);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException("too-large", "文件“" + file + "”超过 " + MAX_BYTES / 1024 / 1024 + " MB，请拆分后再处理",
                        file + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB", 413, null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("not-found", "找不到文件“" + file + "”", "file not found: " + file, 400, e);
        } catch (IOException e) {
            throw new BadInputException("unreadable", "无法读取文件“" + file + "”",
                    "cannot read " + file + ": " + e.getClass().getSimpleName(), 400, e);
        }
    }

    /** The input's name without folder and extension: the base name of what render writes. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
