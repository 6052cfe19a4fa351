// Stops early with a clear message when npm scripts run on a Node.js older than the project needs.
// The project brings Node 24 through the `node` devDependency; calling node_modules/.bin tools directly
// bypasses it and runs on the machine's Node, which SvelteKit 3 and Vite 8 do not support.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
	console.error(
		`wijkcoop needs Node.js 22.18 or newer; this is ${process.version}.\n` +
			'Run commands through npm (npm start, npm test) so the project-local Node 24 is used,\n' +
			'or install Node 24 LTS (see .nvmrc).'
	);
	process.exit(1);
}
