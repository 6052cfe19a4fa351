/** The sign-in addresses of the demo (listed in the README, used by the e2e tests). */
export const DEMO_ACCOUNTS = {
	networkAdmin: 'beheer@wijkcoop.example',
	cityAdmin: 'samen030@wijkcoop.example',
	coordinator: 'coordinator@wijkcoop.example',
	bestuur: 'bestuur@wijkcoop.example',
	volunteer: 'vrijwilliger@wijkcoop.example',
	resident: 'bewoner@wijkcoop.example',
	otherCoordinator: 'coordinator.lombok@wijkcoop.example'
} as const;
