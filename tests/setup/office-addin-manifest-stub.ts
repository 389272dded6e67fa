/**
 * office-addin-mock needs only the OfficeApp names of office-addin-manifest, whose own
 * dependencies are ES modules that Jest (CommonJS here) cannot load; jest maps the package to
 * this stub (package.json, moduleNameMapper). In plain Node (the benchmark) the real package loads.
 */
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
