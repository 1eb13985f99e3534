// PIM alerts for Azure resources (AZURE_ALERT_SCOPES): gives the bot's identity Reader on one subscription, enough to read
// that subscription's PIM alerts (Microsoft.Authorization/roleAssignments/read; every built-in role has it). Deploy it once
// per subscription the bot should watch, e.g.:
//   az deployment sub create --subscription <id> --location westeurope \
//     --template-file teamsapp/infra/azure-alert-reader.bicep --parameters principalId=<the bot identity's principal id>
// Dismiss, refresh, remediate and settings need Microsoft.Authorization/roleAssignments/write on the subscription (Owner or
// User Access Administrator): set grantWrites=true to assign User Access Administrator instead of Reader (README, "Azure resources").
targetScope = 'subscription'

@description('Object (principal) id of the principal whose token the bot sends: the app registration\'s service principal with GRAPH_CREDENTIAL=managedIdentityFederation, the managed identity with GRAPH_CREDENTIAL=managedIdentity (README, "Azure resources").')
param principalId string

@description('Also let the bot dismiss, refresh, remediate and change settings (User Access Administrator instead of Reader).')
param grantWrites bool = false

// Built-in role definition ids (the same in every tenant).
var readerRoleId = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
var userAccessAdministratorRoleId = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'
var roleId = grantWrites ? userAccessAdministratorRoleId : readerRoleId

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, principalId, roleId)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
  }
}

output AZURE_ALERT_SCOPE string = subscription().subscriptionId
