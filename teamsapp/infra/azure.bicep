// PIM Alerts for Teams: a Linux App Service (Node 22 LTS) running the bot, an Azure Bot with the
// Microsoft Teams channel pointing at it, and a user-assigned managed identity that is the bot's identity
// (msaAppType UserAssignedMSI) and, as a federated identity credential of the app registration, Graph's
// credential: no secret by default. Optional: a Key Vault holding a client secret (graphCredential
// clientSecret) and a Storage account for several instances (scaleOut). With writeMode delegated (default) the Azure
// Bot gets the OAuth connection for Teams SSO, so Graph writes run as the signed-in admin. Deployed by `arm/deploy`
// in ../m365agents.yml.

@minLength(4)
@maxLength(30)
@description('Name of the web app and the bot; unique per resource group by default, so two adopters never collide on the global *.azurewebsites.net name.')
param resourceBaseName string = 'pimalerts${uniqueString(resourceGroup().id, 'pim-alerts')}'

@description('App Service plan SKU: Basic, Standard or Premium, because Always On (which keeps the alert poller running) is not offered on Free and Shared.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
  'P3mv3'
  'P4mv3'
  'P5mv3'
])
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Azure Bot SKU: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Client id of the single-tenant Entra app registration: it holds the Graph application permissions (admin consent), and the managed identity below is its federated credential.')
param botAadAppClientId string

@secure()
@description('Only with graphCredential clientSecret (stored in the Key Vault, never in a plain app setting) or oauthConnectionCredential clientSecret (stored by the Bot Service in the OAuth connection): a client secret of that app registration. Never in an output.')
param botAadAppClientSecret string = ''

@description('Only with graphCredential clientSecret: when that secret expires (yyyy-mm-dd), so the bot warns 30 days before; none = not known.')
param clientSecretExpiresOn string = 'none'

@description('How the bot reaches Microsoft Graph: managedIdentityFederation (the app registration, with the managed identity as its federated identity credential: no secret), managedIdentity (the identity itself holds the Graph app roles; grant them with PowerShell, see README) or clientSecret (a secret of the app registration, from the Key Vault).')
@allowed([
  'managedIdentityFederation'
  'managedIdentity'
  'clientSecret'
])
param graphCredential string = 'managedIdentityFederation'

@description('true: several instances. A Storage account (Azure Table + Blob lease) replaces SQLite, and the identity gets Storage Table/Blob Data Contributor on it; then scale the plan out (README "Scaling out").')
@allowed([
  'true'
  'false'
])
param scaleOut string = 'false'

@description('Tenant id of that app registration.')
param botAadAppTenantId string

@description('Who Graph writes run as. delegated (default): the clicking admin, signed in through Teams SSO and the Azure Bot OAuth connection below, so the app registration needs only the RoleManagementAlert.Read.Directory app role. application: the app itself, which then needs the RoleManagementAlert.ReadWrite.Directory app role (README "Least privilege").')
@allowed([
  'delegated'
  'application'
])
param writeMode string = 'delegated'

@description('Name of the Azure Bot OAuth connection that exchanges Teams SSO tokens for delegated Graph tokens (the bot reads it as OAUTH_CONNECTION_NAME).')
param oauthConnectionName string = 'graph'

@description('Name of the second Azure Bot OAuth connection, which exchanges the same Teams SSO tokens for delegated Resource Manager tokens (scope user_impersonation): Azure resource alert writes then run as the clicking admin and Azure RBAC decides (the bot reads it as ARM_OAUTH_CONNECTION_NAME; README "Delegated Azure writes").')
param armOauthConnectionName string = 'arm'

@description('Azure Resource Manager root: where the bot reads Azure resource PIM alerts (AZURE_RESOURCE_MANAGER_URL) and the second connection\'s scope; https://management.usgovcloudapi.net for US Government, https://management.chinacloudapi.cn for 21Vianet.')
param resourceManagerUrl string = 'https://management.azure.com'

@description('Azure subscriptions whose PIM alerts (Azure resource roles) the bot reads next to the Entra ones (AZURE_ALERT_SCOPES): subscription ids separated by commas, or discover for every subscription the identity can read; none = Entra alerts only. The identity needs Reader on them (azure-alert-reader.bicep).')
param azureAlertScopes string = 'none'

@description('How that OAuth connection proves the app registration: federatedCredential (default, no secret: "AAD v2 with Federated Credentials", trusted through a federated identity credential for the Bot Service token store, the script step in ../m365agents.yml) or clientSecret ("Azure Active Directory v2" with botAadAppClientSecret).')
@allowed([
  'federatedCredential'
  'clientSecret'
])
param oauthConnectionCredential string = 'federatedCredential'

@description('Microsoft Graph root; https://graph.microsoft.us or https://dod-graph.microsoft.us for US Government.')
param graphBaseUrl string = 'https://graph.microsoft.com'

@description('Entra sign-in host; https://login.microsoftonline.us for US Government.')
param authorityHost string = 'https://login.microsoftonline.com'

// Who may change and who may read alerts. The toolkit cannot pass empty values, so "none" means unset.
param pimAdminGroupId string = 'none'
param pimAdminIds string = 'none'
param pimReaderGroupId string = 'none'
param pimReaderIds string = 'none'
param pollIntervalSeconds string = '60'
param logLevel string = 'info'
param location string = resourceGroup().location

func unlessNone(value string) string => value == 'none' ? '' : value

var useSecret = graphCredential == 'clientSecret'
var delegatedWrites = writeMode == 'delegated'
// Teams SSO for a bot: the app registration's Application ID URI (aad.manifest.json identifierUris, manifest.json
// webApplicationInfo.resource) is the OAuth connection's token exchange URL. It names the bot's id (the identity,
// TEAMS_BOT_ID), not the app registration's: the Teams platform's form for an SSO app registration separate from the bot.
var tokenExchangeUrl = 'api://botid-${identity.properties.clientId}'
// The delegated Graph permissions the connection asks for (admin consent in aad.manifest.json requiredResourceAccess).
var graphDelegatedScopes = 'openid profile offline_access RoleManagementAlert.ReadWrite.Directory'
// The "Unique Identifier" of the federated OAuth connection: the last segment of the subject of the app registration's
// federated identity credential for the Bot Service token store (../m365agents.yml). Stable per resource group.
var oauthUniqueIdentifier = guid(resourceGroup().id, resourceBaseName, 'graph-oauth-connection')
// The second connection (Azure resource alerts): the delegated Azure Service Management permission user_impersonation
// (aad.manifest.json requiredResourceAccess, resource 797f4846-…), and its own Unique Identifier (its own federated credential).
var armDelegatedScopes = 'openid profile offline_access ${resourceManagerUrl}/user_impersonation'
var armOauthUniqueIdentifier = guid(resourceGroup().id, resourceBaseName, 'arm-oauth-connection')
var useTableStorage = scaleOut == 'true'
// Key Vault and Storage account names are global too (3–24 characters).
var keyVaultName = 'kv${uniqueString(resourceGroup().id, 'pim-alerts')}'
var storageAccountName = 'st${uniqueString(resourceGroup().id, 'pim-alerts')}'
var botPasswordSecret = 'bot-password'
var secretReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botPasswordSecret})'
// Built-in roles: "Key Vault Secrets User", "Storage Table Data Contributor", "Storage Blob Data Contributor".
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var storageTableDataContributorRole = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributorRole = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var graphSettingsByCredential = {
  managedIdentityFederation: [
    { name: 'GRAPH_CREDENTIAL', value: 'managedIdentityFederation' }
    { name: 'AZURE_TENANT_ID', value: botAadAppTenantId }
    { name: 'AZURE_CLIENT_ID', value: botAadAppClientId }
    { name: 'MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
  ]
  managedIdentity: [
    { name: 'GRAPH_CREDENTIAL', value: 'managedIdentity' }
    { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  ]
  clientSecret: [
    { name: 'GRAPH_CREDENTIAL', value: 'clientSecret' }
    { name: 'AZURE_TENANT_ID', value: botAadAppTenantId }
    { name: 'AZURE_CLIENT_ID', value: botAadAppClientId }
    { name: 'AZURE_CLIENT_SECRET', value: secretReference }
    { name: 'CLIENT_SECRET_EXPIRES_ON', value: unlessNone(clientSecretExpiresOn) }
  ]
}
// One instance: SQLite on /home (the App Service's persistent storage; wwwroot is replaced by every deploy;
// /home is a network share, where SQLite's WAL cannot work). Several: Azure Table + Blob lease, reached
// with the managed identity (the account refuses shared keys).
var storageSettings = useTableStorage ? [
  { name: 'STORAGE_BACKEND', value: 'table' }
  { name: 'AZURE_STORAGE_ACCOUNT_NAME', value: storageAccountName }
  { name: 'AZURE_STORAGE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'AZURE_STORAGE_ENDPOINT_SUFFIX', value: environment().suffixes.storage }
] : [
  { name: 'STORAGE_BACKEND', value: 'sqlite' }
  { name: 'DATA_DIR', value: '/home/data/pim-alerts' }
  { name: 'SQLITE_JOURNAL_MODE', value: 'delete' }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = if (useSecret) {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useSecret) {
  parent: vault
  name: botPasswordSecret
  properties: { value: botAadAppClientSecret }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useSecret) {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (useTableStorage) {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    // Microsoft Entra only: no account keys, no SAS signed with them, so no connection string to leak.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource identityWritesTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useTableStorage) {
  name: guid(storage.id, identity.id, storageTableDataContributorRole)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource identityWritesBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useTableStorage) {
  name: guid(storage.id, identity.id, storageBlobDataContributorRole)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry (README "Telemetry"): the bot's own spans and metrics go to Application Insights, stored in a
// Log Analytics workspace (workspace-based Application Insights; classic resources are retired).
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [ identityReadsSecrets, botPassword, identityWritesTables, identityWritesBlobs ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (@Microsoft.KeyVault(...), graphCredential clientSecret only) are resolved with this identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm start'
      // Every SKU allowed above offers Always On: an unloaded instance would stop polling (and renewing the lead).
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat([
        // The zip holds compiled JavaScript, cards and the lockfile, no node_modules: App Service installs the
        // production dependencies on Linux (better-sqlite3 is native), see ../.webappignore and
        // https://github.com/microsoft/Oryx/blob/main/doc/configuration.md (CUSTOM_BUILD_COMMAND).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --omit=dev --no-audit --no-fund' }
        // The bot is the managed identity (botbuilder: ManagedIdentityServiceClientCredentialsFactory); no password.
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'GRAPH_BASE_URL', value: graphBaseUrl }
        { name: 'AZURE_AUTHORITY_HOST', value: authorityHost }
        { name: 'AZURE_ALERT_SCOPES', value: unlessNone(azureAlertScopes) }
        { name: 'AZURE_RESOURCE_MANAGER_URL', value: resourceManagerUrl }
        { name: 'PIM_ADMIN_GROUP_ID', value: unlessNone(pimAdminGroupId) }
        { name: 'PIM_ADMIN_IDS', value: unlessNone(pimAdminIds) }
        { name: 'PIM_READER_GROUP_ID', value: unlessNone(pimReaderGroupId) }
        { name: 'PIM_READER_IDS', value: unlessNone(pimReaderIds) }
        { name: 'POLL_INTERVAL_SECONDS', value: pollIntervalSeconds }
        // Delegated writes (README "Least privilege"): the clicking admin's token, from the OAuth connection below.
        { name: 'WRITE_MODE', value: writeMode }
        { name: 'OAUTH_CONNECTION_NAME', value: oauthConnectionName }
        { name: 'ARM_OAUTH_CONNECTION_NAME', value: armOauthConnectionName }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ], graphSettingsByCredential[graphCredential], storageSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Delegated writes: the OAuth connection through which the Bot Framework token service exchanges the Teams SSO token
// (audience tokenExchangeUrl, scope access_as_user) for a delegated Microsoft Graph token of the same user.
// Default: no secret. The "AAD v2 with Federated Credentials" provider; its service provider id and parameter names
// are not in Microsoft's published ARM reference (README "Least privilege": where each value comes from).
resource graphConnectionFederated 'Microsoft.BotService/botServices/connections@2022-09-15' = if (delegatedWrites && oauthConnectionCredential == 'federatedCredential') {
  parent: bot
  name: oauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'AAD v2 with Federated Credentials'
    serviceProviderId: 'c00b44ab-5e16-c44c-af26-2fd5bc55eb18'
    clientId: botAadAppClientId
    scopes: graphDelegatedScopes
    parameters: [
      { key: 'ClientId', value: botAadAppClientId }
      { key: 'UniqueIdentifier', value: oauthUniqueIdentifier }
      { key: 'TokenExchangeUrl', value: tokenExchangeUrl }
      { key: 'TenantId', value: botAadAppTenantId }
    ]
  }
}

// With oauthConnectionCredential clientSecret: the classic "Azure Active Directory v2" provider and a client secret
// of the app registration (the secure parameter; stored by the Bot Service, never in an app setting or an output).
resource graphConnectionSecret 'Microsoft.BotService/botServices/connections@2022-09-15' = if (delegatedWrites && oauthConnectionCredential == 'clientSecret') {
  parent: bot
  name: oauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: botAadAppClientId
    clientSecret: botAadAppClientSecret
    scopes: graphDelegatedScopes
    parameters: [
      { key: 'tenantID', value: botAadAppTenantId }
      { key: 'tokenExchangeUrl', value: tokenExchangeUrl }
    ]
  }
}

// Delegated Azure resource alert writes: the second OAuth connection, the same provider, app registration and token exchange
// URL as the Graph one (the same Teams SSO token is exchanged through either), for a delegated Resource Manager token.
resource armConnectionFederated 'Microsoft.BotService/botServices/connections@2022-09-15' = if (delegatedWrites && oauthConnectionCredential == 'federatedCredential') {
  parent: bot
  name: armOauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'AAD v2 with Federated Credentials'
    serviceProviderId: 'c00b44ab-5e16-c44c-af26-2fd5bc55eb18'
    clientId: botAadAppClientId
    scopes: armDelegatedScopes
    parameters: [
      { key: 'ClientId', value: botAadAppClientId }
      { key: 'UniqueIdentifier', value: armOauthUniqueIdentifier }
      { key: 'TokenExchangeUrl', value: tokenExchangeUrl }
      { key: 'TenantId', value: botAadAppTenantId }
    ]
  }
}

resource armConnectionSecret 'Microsoft.BotService/botServices/connections@2022-09-15' = if (delegatedWrites && oauthConnectionCredential == 'clientSecret') {
  parent: bot
  name: armOauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: botAadAppClientId
    clientSecret: botAadAppClientSecret
    scopes: armDelegatedScopes
    parameters: [
      { key: 'tenantID', value: botAadAppTenantId }
      { key: 'tokenExchangeUrl', value: tokenExchangeUrl }
    ]
  }
}

// Written to ../env/.env.<env> by the toolkit (output names become variable names).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_APP_SERVICE_NAME string = webApp.name
output GRAPH_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
// The bot's Microsoft App ID in Teams and the Azure Bot (manifest.json botId): the managed identity.
output TEAMS_BOT_ID string = identity.properties.clientId
// The subject of the app registration's federated identity credential (the script step in ../m365agents.yml).
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
// The subject's last segment of the federated identity credential for the Bot Service token store (../m365agents.yml).
output BOT_OAUTH_UNIQUE_ID string = oauthUniqueIdentifier
// The same for the Resource Manager connection (its own federated identity credential, ../m365agents.yml).
output BOT_ARM_OAUTH_UNIQUE_ID string = armOauthUniqueIdentifier
output STORAGE_ACCOUNT_NAME string = useTableStorage ? storageAccountName : 'none'
