package org.gongwen.cli;

import picocli.CommandLine.Command;

@Command(name = "gongwen", mixinStandardHelpOptions = true, version = "gongwen 0.1.0",
        description = "Chinese official documents (公文) to GB/T 9704 DOCX, PDF and portal HTML.",
        subcommands = {ParseCommand.class, RenderCommand.class, CheckCommand.class, TemplatesCommand.class, ServeCommand.class})
public class GongwenCommand {
}
