import { Role } from '@servicenow/sdk/core'

export const viewer = Role({ name: 'x_eih.viewer', description: 'Reads connections, connectors, runs and the dashboard' })
export const admin = Role({ name: 'x_eih.admin', description: 'Manages connections and connectors', containsRoles: [viewer] })
