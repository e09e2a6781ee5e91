package org.gongwen.cli;

import org.gongwen.ingest.ImportLimits;
import org.gongwen.ingest.Importers;
import org.gongwen.model.BadInputException;
import org.gongwen.model.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gongwen parse FILE}: the document model as JSON on stdout; unreadable input → exit 2 and one line. */
@Command(name = "parse", description = "Read FILE (.txt .md .docx .json) and print the document model as JSON.")
public class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the input file")
    Path file;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        byte[] bytes;
        try {
            bytes = InputFile.read(file);
        } catch (BadInputException e) {
            err.println(e.oneLine());
            return 2;
        }
        try {
            // a Markdown draft's pictures are files beside it
            String json = ModelJson.write(Importers.read(file.getFileName().toString(), bytes, ImportLimits.DEFAULT,
                    file.toAbsolutePath().getParent()));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.println(json);
            out.flush();
            return 0;
        } catch (BadInputException e) {
            err.println(e.oneLine());
            return 2;
        }
    }
}
