import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** A failure the pane shows: the message, and a retry where trying again can help. */
export interface ProblemInfo {
  title?: string;
  message: string;
  retry?: () => void;
}

/** Any error as a ProblemInfo; `retry` is offered when the error says retrying can help (cell-edit mode). */
export function problemOf(error: unknown, retry?: () => void, title?: string): ProblemInfo {
  const message = error instanceof Error ? error.message : String(error);
  const retryable = !!error && typeof error === "object" && (error as { retryable?: unknown }).retryable === true;
  return { title, message, retry: retryable ? retry : undefined };
}

export function Problem({ problem, onDismiss }: { problem: ProblemInfo | null; onDismiss?: () => void }) {
  if (!problem) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {problem.title && <MessageBarTitle>{problem.title}</MessageBarTitle>}
        {problem.message}
      </MessageBarBody>
      {(problem.retry || onDismiss) && (
        <MessageBarActions>
          {problem.retry && (
            <Button size="small" appearance="primary" onClick={problem.retry}>
              Opnieuw proberen
            </Button>
          )}
          {onDismiss && (
            <Button size="small" onClick={onDismiss}>
              Sluiten
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A short confirmation ("12 cellen gemarkeerd."). */
export function Notice({ text, onDismiss }: { text: string | null; onDismiss?: () => void }) {
  if (!text) return null;
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>{text}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            Sluiten
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
