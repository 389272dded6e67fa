import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { usePaneStyles } from "../styles";
import { SEVERITIES, SEVERITY_LABEL, severityCount } from "../../core/labels";

/** The badge colour of each category: Fluent's own palette, distinct in light and dark themes. */
export const CATEGORY_COLOR: Record<Severity, "danger" | "severe" | "warning" | "informative"> = {
  fout: "danger",
  pho: "severe",
  waarschuwing: "warning",
  info: "informative",
};

/** A finding's category as a badge: "Fout", "PhO-besluit nodig", "Waarschuwing", "Melding". */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const pane = usePaneStyles();
  return (
    <Badge className={pane.badge} appearance="tint" color={CATEGORY_COLOR[severity]} shape="rounded" size="medium">
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** "2 fouten", "1 PhO-besluit nodig", …: one badge per category that occurs, or "Geen bevindingen". */
export function CategoryCounts({ counts }: { counts: Record<Severity, number> }) {
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => counts[s] > 0);
  if (present.length === 0) {
    return (
      <Badge appearance="tint" color="success" shape="rounded">
        Geen bevindingen
      </Badge>
    );
  }
  return (
    <span className={styles.counts}>
      {present.map((severity) => (
        <Badge key={severity} appearance="tint" color={CATEGORY_COLOR[severity]} shape="rounded">
          {severityCount(severity, counts[severity])}
        </Badge>
      ))}
    </span>
  );
}
