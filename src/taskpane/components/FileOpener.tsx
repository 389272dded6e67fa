import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { isWorkbookFileName, WORKBOOK_ACCEPT, WORKBOOK_EXTENSIONS_TEXT } from "../../core/file-formats";

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
  onFile: (data: ArrayBuffer, name: string) => void;
  samples?: Sample[];
  /** Where the samples are served from (default "assets/", next to the page). */
  sampleBase?: string;
  onSampleError?: (message: string) => void;
  compact?: boolean;
  /** Why a file of this many bytes is not read, or null (the reader's limit: src/xlsx/file-door's fileSizeCheck). */
  sizeProblem: (bytes: number) => Promise<string | null>;
}

/** "Open een werkmap (.xlsx)", drag and drop, and the samples: outside Office, the way in. */
export function FileOpener({
  onFile,
  samples = SAMPLES,
  sampleBase = "assets/",
  onSampleError,
  compact,
  sizeProblem,
}: FileOpenerProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  const readFile = async (file: File) => {
    if (!isWorkbookFileName(file.name)) {
      onSampleError?.(
        `"${file.name}" is geen werkmap (${WORKBOOK_EXTENSIONS_TEXT}). Sla het bestand in Excel op als Excel-werkmap (.xlsx).`,
      );
      return;
    }
    // Asked before the file is read: all of it would be in memory, and a file over the limit is refused anyway.
    let tooLarge: string | null = null;
    try {
      tooLarge = await sizeProblem(file.size);
    } catch {
      // The reader did not load: opening the file will say so, and the reader checks the size itself.
    }
    if (tooLarge) {
      onSampleError?.(`${file.name} kon niet worden gelezen: ${tooLarge}.`);
      return;
    }
    let data: ArrayBuffer;
    try {
      data = await file.arrayBuffer();
    } catch {
      onSampleError?.(`${file.name} kon niet worden gelezen: het bestand kon niet worden geopend.`);
      return;
    }
    onFile(data, file.name);
  };

  const openSample = async (sample: Sample) => {
    try {
      const response = await fetch(`${sampleBase}${sample.file}`);
      if (!response.ok) throw new Error(`${response.status}`);
      onFile(await response.arrayBuffer(), sample.file);
    } catch {
      onSampleError?.(`Het voorbeeld ${sample.label} kon niet worden geladen.`);
    }
  };

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
      const file = event.dataTransfer.files?.[0];
      if (file) void readFile(file);
    },
  };
  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={WORKBOOK_ACCEPT}
      hidden
      tabIndex={-1}
      aria-hidden
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) void readFile(file);
      }}
    />
  );
  const privacy = (
    <p className={styles.muted}>
      De werkmap wordt alleen in deze pagina gelezen. Er wordt niets verstuurd of opgeslagen.
    </p>
  );

  if (compact) {
    // A workbook is open: a slim row, where a new file can still be dropped.
    return (
      <div>
        <div className={mergeClasses(styles.compact, over && styles.compactActive)} {...dropProps}>
          <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
            Andere werkmap openen
          </Button>
          {fileInput}
        </div>
        {privacy}
      </div>
    );
  }

  return (
    <>
      <div className={mergeClasses(styles.zone, over && styles.active)} {...dropProps}>
        <p className={styles.text}>Sleep een werkmap hierheen of</p>
        <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          Open een werkmap (.xlsx)
        </Button>
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
                  onClick={() => void openSample(sample)}
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
