import { configure } from "@testing-library/dom";

/**
 * findBy… and waitFor wait at most 10 s instead of Testing Library's 1 s. They return as soon as
 * the screen shows what is awaited, so a passing test is not slower; the longer bound only keeps
 * a pane test from failing when two cores are shared with a webpack build or Chromium (measured:
 * the Fluent pane's first render in jsdom took over 1 s at load 10). A test that waits for
 * something that never comes still fails, 10 s later.
 */
configure({ asyncUtilTimeout: 10_000 });
