import * as React from "react";
import {
  Badge,
  Button,
  Link,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { countBySeverity, filesSummary } from "../../core/labels";
import { SETTING_KEYS } from "../../core/settings";
import { SETTING_TEXT } from "../../core/sources";
import type { OpenWorkbook, Session } from "../session";
import { usePaneStyles } from "../styles";
import { CategoryCounts } from "./Categories";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  name: { overflowWrap: "anywhere", textAlign: "start" },
  outcome: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  reason: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  own: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

/** "de werkmap bewaart zelf: grens herverdeling 10%": the file's own settings where the session's choice replaced them. */
export function ownSettingsText(workbook: OpenWorkbook): string | null {
  const settings = workbook.run?.settings;
  if (!settings) return null;
  const own = SETTING_KEYS.flatMap((key) => {
    const stored = settings[key].stored;
    return stored ? [`${SETTING_TEXT[key].name} ${SETTING_TEXT[key].show(stored)}`] : [];
  });
  return own.length > 0 ? `De werkmap bewaart zelf: ${own.join(", ")}` : null;
}

export interface OverviewProps {
  workbooks: readonly OpenWorkbook[];
  activeId: number | null;
  batch: Session["batch"];
  focus: Session["focus"];
  onActivate: (id: number) => void;
}

/**
 * Outside Excel, with several workbooks open: each file with its counts per category (or why it
 * could not be read), one click (or Enter) from its findings.
 */
export function Overview({ workbooks, activeId, batch, focus, onActivate }: OverviewProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (focus?.target === "overview") heading.current?.focus();
  }, [focus]);
  const done = workbooks.filter((w) => w.run || w.refused);
  const summary = filesSummary(
    done.map((w) => ({ error: w.refused ? (w.problem?.message ?? "") : null, findings: w.run?.findings })),
  );
  return (
    <section aria-labelledby="overzicht" className={pane.section}>
      <h2 id="overzicht" ref={heading} tabIndex={-1} className={pane.heading}>
        Overzicht: {summary}
      </h2>
      {batch && (
        <div role="status" aria-live="polite">
          <p className={pane.muted}>
            {batch.done} van {batch.total} werkmappen gelezen…
          </p>
          <ProgressBar value={batch.done / batch.total} thickness="large" aria-label="Werkmappen gelezen" />
        </div>
      )}
      <Table size="small" className={styles.table} aria-label="Gecontroleerde werkmappen">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Werkmap</TableHeaderCell>
            <TableHeaderCell>Uitkomst</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {workbooks.map((w) => {
            const own = ownSettingsText(w);
            return (
              <TableRow key={w.id} className={w.id === activeId ? styles.active : undefined}>
                <TableCell>
                  {w.run || w.refused ? (
                    <Link
                      as="button"
                      className={styles.name}
                      aria-current={w.id === activeId ? "true" : undefined}
                      onClick={() => onActivate(w.id)}
                    >
                      {w.name}
                    </Link>
                  ) : (
                    <span className={styles.name}>{w.name}</span>
                  )}
                </TableCell>
                <TableCell>
                  <div className={styles.outcome}>
                    {w.refused ? (
                      <>
                        <Badge appearance="tint" color="danger" shape="rounded">
                          Niet te lezen
                        </Badge>
                        <span className={styles.reason}>{w.problem?.message}</span>
                      </>
                    ) : w.run ? (
                      <CategoryCounts counts={countBySeverity(w.run.findings)} />
                    ) : w.problem ? (
                      <span className={styles.reason}>{w.problem.message}</span>
                    ) : (
                      <Spinner size="extra-tiny" label="wordt gelezen" />
                    )}
                    {own && <span className={styles.own}>{own}</span>}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

export interface DownloadsProps {
  disabled: boolean;
  onDownload: (kind: "csv" | "xlsx") => void;
}

/** "Download overzicht": every file of the session, as .csv (Dutch Excel opens it) or .xlsx. */
export function Downloads({ disabled, onDownload }: DownloadsProps) {
  const pane = usePaneStyles();
  return (
    <div className={pane.row} role="group" aria-label="Download overzicht">
      <Button size="small" icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => onDownload("csv")}>
        Download overzicht (.csv)
      </Button>
      <Button size="small" icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => onDownload("xlsx")}>
        Download overzicht (.xlsx)
      </Button>
    </div>
  );
}
