import * as React from "react";
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import type { SheetGroup } from "../check";
import { usePaneStyles } from "../styles";
import { SeverityBadge } from "./Categories";

export { SeverityBadge };

const useStyles = makeStyles({
  all: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
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

export interface FindingsListProps {
  groups: SheetGroup[];
  /** In Excel: go to the cell. Outside Office the cells are shown as text. */
  onSelect?: (finding: Finding) => void;
  /** Rule titles by id, when known. */
  ruleTitle?: (rule: string) => string | undefined;
}

/**
 * The findings per sheet and table. Each finding is one stop for the keyboard: Tab reaches the
 * list, the arrow keys move through it (Home and End to its ends), and in Excel Enter or Space
 * selects the finding's cell. The rule's title is the small line under the message; its id only
 * in the tooltip of that line (the report sheet and the exports list the ids).
 */
export function FindingsList({ groups, onSelect, ruleTitle }: FindingsListProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  return (
    <div {...arrows} className={styles.all}>
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
                        {title && (
                          <span className={styles.rule} title={`regel ${finding.rule}`}>
                            {title}
                          </span>
                        )}
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
                          <div className={mergeClasses(styles.item, styles.focus)} tabIndex={0}>
                            {content}
                          </div>
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
    </div>
  );
}
