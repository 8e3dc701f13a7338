package dev.quarterdeck.core.focus;

import java.time.LocalDate;
import java.util.Optional;

/** What a quick-add line means: the task title with the date and project words taken out. */
public record QuickAdd(String title, Optional<LocalDate> due, Optional<String> projectCode) {
}
