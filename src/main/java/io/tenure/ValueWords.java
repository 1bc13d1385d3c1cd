package io.tenure;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Bad values on the command line explained in words with an example of a good one, never as Java
 * class names ({@code java.time.LocalDate}, {@code DateTimeParseException}).
 */
final class ValueWords {
    private ValueWords() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, ValueWords::date);
        cli.registerConverter(Integer.class, ValueWords::wholeNumber);
        cli.registerConverter(Integer.TYPE, ValueWords::wholeNumber);
        cli.registerConverter(Long.class, text -> (long) wholeNumber(text));
        cli.registerConverter(Long.TYPE, text -> (long) wholeNumber(text));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; write it as YEAR-MONTH-DAY, "
                    + "for example " + LocalDate.now().minusDays(1));
        }
    }

    static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number; for example 10");
        }
    }

    /** One line saying what is wrong, one saying where help is; not the whole usage text. */
    static int explain(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("tenure: " + e.getMessage());
        String name = command.getCommandSpec().qualifiedName(" ");
        String sub = name.startsWith("tenure ") ? name.substring("tenure ".length()) : "";
        err.println("See `" + (sub.isEmpty() ? "tenure --help" : "tenure help " + sub) + "`.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
