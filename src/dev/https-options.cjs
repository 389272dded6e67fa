// HTTPS for the development server with office-addin-dev-certs. Where the certificate authority
// cannot be installed in the system's trust store (no sudo, no desktop: a server or CI machine),
// the certificates are still generated and used, and the user is told what that means.
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");

async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
      await generateCertificates(
        defaults.caCertificatePath,
        defaults.localhostCertificatePath,
        defaults.localhostKeyPath,
      );
    }
    console.warn(
      "Let op: het ontwikkelcertificaat kon niet als vertrouwd worden geïnstalleerd " +
        `(${String((error && error.message) || error).split("\n")[0]}).\n` +
        `De server draait wel over HTTPS; vertrouw ${defaults.caCertificatePath} in uw browser of systeem om waarschuwingen te vermijden.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
