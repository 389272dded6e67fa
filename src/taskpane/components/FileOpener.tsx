import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { isWorkbookFileName, WORKBOOK_ACCEPT, WORKBOOK_EXTENSIONS_TEXT } from "../../core/file-formats";
import type { FileSource } from "../session";

export interface Sample {
  /** File name in assets/. */
  file: string;
  label: string;
}

export const SAMPLES: Sample[] = [
  { file: "begroting-2024.xlsx", label: "Begroting 2024" },
  { file: "herverdeling-voorstel-2024.xlsx", label: "Herverdelingsvoorstel 2024" },
  { file: "jaarrapportage-2024.xlsx", label: "Jaarrapportage 2024" },
];

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  compact: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
  },
  compactActive: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground1 },
  muted: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  samples: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  heading: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground1 },
  sampleButton: { justifyContent: "flex-start", width: "100%" },
});

export interface FileOpenerProps {
  /** The files chosen or dropped (or a sample): each is read when the session gets to it. */
  onFiles: (sources: FileSource[]) => void;
  samples?: Sample[];
  /** Where the samples are served from (default "assets/", next to the page). */
  sampleBase?: string;
  compact?: boolean;
  /** Why a file of this many bytes is not read, or null (the reader's limit: src/xlsx/file-door's fileSizeCheck). */
  sizeProblem: (bytes: number) => Promise<string | null>;
}

/**
 * A chosen file as a source: its name, and its bytes when the session reads it. Refused before
 * anything is read when its extension is not a workbook's or it is larger than the reader takes
 * (all of it would be in memory, and a file over the limit is refused anyway).
 */
export function fileSource(file: File, sizeProblem: (bytes: number) => Promise<string | null>): FileSource {
  return {
    name: file.name,
    load: async () => {
      if (!isWorkbookFileName(file.name)) {
        throw new Error(
          `geen werkmap die de controle leest (${WORKBOOK_EXTENSIONS_TEXT}); sla het bestand in Excel op als Excel-werkmap (.xlsx)`,
        );
      }
      let tooLarge: string | null = null;
      try {
        tooLarge = await sizeProblem(file.size);
      } catch {
        // The reader did not load: opening the file will say so, and the reader checks the size itself.
      }
      if (tooLarge) throw new Error(tooLarge);
      try {
        return await file.arrayBuffer();
      } catch {
        throw new Error("het bestand kon niet worden geopend");
      }
    },
  };
}

/** "Open werkmappen", drag and drop of one or many files, and the samples: outside Office, the way in. */
export function FileOpener({
  onFiles,
  samples = SAMPLES,
  sampleBase = "assets/",
  compact,
  sizeProblem,
}: FileOpenerProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  const openList = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(files.map((file) => fileSource(file, sizeProblem)));
  };

  const openSample = (sample: Sample) =>
    onFiles([
      {
        name: sample.file,
        load: async () => {
          try {
            const response = await fetch(`${sampleBase}${sample.file}`);
            if (!response.ok) throw new Error(`${response.status}`);
            return await response.arrayBuffer();
          } catch {
            throw new Error(`het voorbeeld ${sample.label} kon niet worden geladen`);
          }
        },
      },
    ]);

  const dropProps = {
    onDragOver: (event: React.DragEvent) => {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      setOver(false);
      openList(event.dataTransfer.files);
    },
  };
  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={WORKBOOK_ACCEPT}
      multiple
      hidden
      tabIndex={-1}
      aria-hidden
      onChange={(event) => {
        const files = event.target.files;
        openList(files);
        event.target.value = "";
      }}
    />
  );
  const privacy = (
    <p className={styles.muted}>
      De werkmappen worden alleen in deze pagina gelezen. Er wordt niets verstuurd of opgeslagen.
    </p>
  );

  if (compact) {
    // Workbooks are open: a slim row, where more files can still be dropped.
    return (
      <div>
        <div className={mergeClasses(styles.compact, over && styles.compactActive)} {...dropProps}>
          <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
            Meer werkmappen openen
          </Button>
          <span className={styles.muted}>of sleep ze hierheen</span>
          {fileInput}
        </div>
        {privacy}
      </div>
    );
  }

  return (
    <>
      <div className={mergeClasses(styles.zone, over && styles.active)} {...dropProps}>
        <p className={styles.text}>Sleep een of meer werkmappen hierheen of</p>
        <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          Open werkmappen
        </Button>
        <p className={styles.muted}>
          Werkmappen van Excel of LibreOffice ({WORKBOOK_EXTENSIONS_TEXT}), ook meer tegelijk: bijvoorbeeld die van alle
          14 gemeenten.
        </p>
        {fileInput}
        {privacy}
      </div>
      {samples.length > 0 && (
        <section aria-labelledby="voorbeelden">
          <h2 id="voorbeelden" className={styles.heading}>
            Voorbeeldwerkmappen
          </h2>
          <ul className={styles.samples}>
            {samples.map((sample) => (
              <li key={sample.file}>
                <Button
                  appearance="subtle"
                  className={styles.sampleButton}
                  icon={<DocumentTableRegular />}
                  onClick={() => openSample(sample)}
                >
                  {sample.label}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
