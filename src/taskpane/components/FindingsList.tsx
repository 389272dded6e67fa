import * as React from "react";
import {
  Badge,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings";
import type { SheetGroup } from "../check";
import { SEVERITY_LABEL } from "../../core/labels";
import { usePaneStyles } from "../styles";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  sheetHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  tableHeading: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "stretch",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  clickable: {
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  focus: createFocusOutlineStyle(),
  where: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  cell: {
    ...typographyStyles.caption1Strong,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
  },
  message: {
    ...typographyStyles.body1,
    overflowWrap: "anywhere",
  },
  rule: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  count: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  fout: "danger",
  waarschuwing: "warning",
  info: "informative",
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge appearance="tint" color={BADGE_COLOR[severity]} shape="rounded" size="medium">
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

export interface FindingsListProps {
  groups: SheetGroup[];
  /** In Excel: go to the cell. Outside Office the cells are shown as text. */
  onSelect?: (finding: Finding) => void;
  /** Rule titles by id, when known. */
  ruleTitle?: (rule: string) => string | undefined;
}

export function FindingsList({ groups, onSelect, ruleTitle }: FindingsListProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <>
      {groups.map((sheet, s) => {
        const headingId = `blad-${s}`;
        return (
          <section key={sheet.sheet} className={styles.sheet} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.sheetHeading}>
              <span>Blad {sheet.sheet}</span>
              <span className={styles.count}>{sheet.count === 1 ? "1 bevinding" : `${sheet.count} bevindingen`}</span>
            </h2>
            {sheet.groups.map((group) => (
              <React.Fragment key={group.key}>
                <h3 className={styles.tableHeading}>{group.label}</h3>
                <ul className={pane.list}>
                  {group.findings.map((finding, i) => {
                    const title = ruleTitle?.(finding.rule);
                    const content = (
                      <>
                        <span className={styles.where}>
                          <SeverityBadge severity={finding.severity} />
                          <span className={styles.cell}>{finding.cell}</span>
                        </span>
                        <span className={styles.message}>{finding.message}</span>
                        <span className={styles.rule}>{title ? `${title} · ${finding.rule}` : finding.rule}</span>
                      </>
                    );
                    return (
                      <li key={`${finding.cell}-${finding.rule}-${i}`}>
                        {onSelect ? (
                          <button
                            type="button"
                            className={mergeClasses(styles.item, styles.clickable, styles.focus)}
                            onClick={() => onSelect(finding)}
                            title={`Ga naar cel ${finding.cell} op blad ${finding.sheet}`}
                          >
                            {content}
                          </button>
                        ) : (
                          <div className={styles.item}>{content}</div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </React.Fragment>
            ))}
          </section>
        );
      })}
    </>
  );
}
