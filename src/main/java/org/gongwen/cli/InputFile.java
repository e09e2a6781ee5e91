package org.gongwen.cli;

import org.gongwen.ingest.ImportLimits;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file named on the command line, refusing what is not a readable, bounded file. */
final class InputFile {
    private InputFile() {}

    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(Fault.UNREADABLE, "not-a-file", "“" + file + "”是目录，请给出文件",
                        file + " is a directory, give a file");
            }
            ImportLimits.DEFAULT.checkBytes(Files.size(file)); // refused before it is read
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(Fault.UNREADABLE, "not-found", "找不到文件“" + file + "”", "file not found: " + file, e);
        } catch (IOException e) {
            throw new BadInputException(Fault.UNREADABLE, "unreadable", "无法读取文件“" + file + "”",
                    "cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The input's name without folder and extension: the base name of what render writes. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
