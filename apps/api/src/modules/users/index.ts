export { users, positions } from './users.table.js';
export { createAuthService, loadPrincipal, type AuthService } from './auth.service.js';
export { createUsersService, type UsersService } from './users.service.js';
export { authRoutes } from './auth.routes.js';
export { usersRoutes } from './users.routes.js';
export { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from './users.seed.js';
export { findUserByUsername, insertUser, insertPosition } from './users.queries.js';
