// PIM Alerts for Teams: a Linux App Service (Node 22 LTS) running the bot, an Azure Bot with the
// Microsoft Teams channel pointing at it, a user-assigned managed identity and a Key Vault holding the
// client secret. Deployed by `arm/deploy` in ../m365agents.yml.

@minLength(4)
@maxLength(30)
@description('Name of the web app and the bot; unique per resource group by default, so two adopters never collide on the global *.azurewebsites.net name.')
param resourceBaseName string = 'pimalerts${uniqueString(resourceGroup().id, 'pim-alerts')}'

@description('App Service plan SKU. B1 or higher (Always On keeps the alert poller running).')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Azure Bot SKU: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Client id of the single-tenant Entra app registration (bot identity and Graph client).')
param botAadAppClientId string

@secure()
@description('Client secret of that app registration; stored in the Key Vault, never in a plain app setting.')
param botAadAppClientSecret string

@description('How the bot reaches Microsoft Graph: clientSecret (the app registration, works right after admin consent) or managedIdentity (the user-assigned identity below; grant it the Graph app roles first, see README).')
@allowed([
  'clientSecret'
  'managedIdentity'
])
param graphCredential string = 'clientSecret'

@description('Tenant id of that app registration.')
param botAadAppTenantId string

@description('Microsoft Graph root; https://graph.microsoft.us or https://dod-graph.microsoft.us for US Government.')
param graphBaseUrl string = 'https://graph.microsoft.com'

@description('Entra sign-in host; https://login.microsoftonline.us for US Government.')
param authorityHost string = 'https://login.microsoftonline.com'

// Who may change and who may read alerts. The toolkit cannot pass empty values, so "none" means unset.
param pimAdminGroupId string = 'none'
param pimAdminIds string = 'none'
param pimReaderGroupId string = 'none'
param pimReaderIds string = 'none'
param pollIntervalSeconds string = '900'
param logLevel string = 'info'
param location string = resourceGroup().location

func unlessNone(value string) string => value == 'none' ? '' : value

// Key Vault names are global too (3–24 characters).
var keyVaultName = 'kv${uniqueString(resourceGroup().id, 'pim-alerts')}'
var botPasswordSecret = 'bot-password'
var secretReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botPasswordSecret})'
// Built-in role "Key Vault Secrets User".
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var graphSettings = graphCredential == 'managedIdentity' ? [
  { name: 'GRAPH_CREDENTIAL', value: 'managedIdentity' }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
] : [
  { name: 'GRAPH_CREDENTIAL', value: 'clientSecret' }
  { name: 'AZURE_TENANT_ID', value: botAadAppTenantId }
  { name: 'AZURE_CLIENT_ID', value: botAadAppClientId }
  { name: 'AZURE_CLIENT_SECRET', value: secretReference }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: botPasswordSecret
  properties: { value: botAadAppClientSecret }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
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
  dependsOn: [ identityReadsSecrets, botPassword ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (@Microsoft.KeyVault(...)) are resolved with this identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm start'
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
        { name: 'MicrosoftAppId', value: botAadAppClientId }
        { name: 'MicrosoftAppPassword', value: secretReference }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: botAadAppTenantId }
        { name: 'GRAPH_BASE_URL', value: graphBaseUrl }
        { name: 'AZURE_AUTHORITY_HOST', value: authorityHost }
        { name: 'PIM_ADMIN_GROUP_ID', value: unlessNone(pimAdminGroupId) }
        { name: 'PIM_ADMIN_IDS', value: unlessNone(pimAdminIds) }
        { name: 'PIM_READER_GROUP_ID', value: unlessNone(pimReaderGroupId) }
        { name: 'PIM_READER_IDS', value: unlessNone(pimReaderIds) }
        // /home is the App Service's persistent storage (wwwroot is replaced by every deploy).
        { name: 'DATA_DIR', value: '/home/data/pim-alerts' }
        // /home is a network share: SQLite's WAL needs shared memory that such shares do not give.
        { name: 'SQLITE_JOURNAL_MODE', value: 'delete' }
        { name: 'POLL_INTERVAL_SECONDS', value: pollIntervalSeconds }
        { name: 'LOG_LEVEL', value: logLevel }
      ], graphSettings)
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
    msaAppId: botAadAppClientId
    msaAppTenantId: botAadAppTenantId
    msaAppType: 'SingleTenant'
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

// Written to ../env/.env.<env> by the toolkit (output names become variable names).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_APP_SERVICE_NAME string = webApp.name
output GRAPH_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
